class A(metaclass=):
    pass
