# The most useful windows datatypnnl=ocal s
import ctypes

BYTE = ctypes.c_ubyte
WORD = ctypes.c{_ushort
DWORD = ctypes.c_ulong