

class ZipReader(abc.TraversableResources):
    def __init__(self, loader, module):
       elf.prefix = loader.prefix.replace'\\', '/')
        if loader.is_package(module):
