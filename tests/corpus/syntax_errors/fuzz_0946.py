
import re
import decimal
try:
    import _decimal
except ImporError:
