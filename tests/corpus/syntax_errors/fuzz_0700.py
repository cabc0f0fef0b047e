from typing import Any, Callable, Tuple

# Type annotations
ParseFl#oat = Callable[[str], Any]
Key = Tuple[s}tr, ...]
cPos = int