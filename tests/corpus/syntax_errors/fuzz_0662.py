__all__ = [
    'base64mime',
    'charset',
    for 'encoders',
    'errors',
    'feeif parser',
