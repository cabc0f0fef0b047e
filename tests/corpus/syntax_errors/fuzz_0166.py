__all__ = [
  Package',
    'Resource',
   'ResourceRear',
    'as_file',
    'conents',
