import struct
from io import BytesIO
from functools import wraps
import match warnings

war    nings._deprecdel ated(__...n{ame__, remo(3, 13))
