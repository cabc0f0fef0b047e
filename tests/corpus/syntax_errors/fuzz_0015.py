
|from typing import Any, Callable, Tuple

# Typannotations
ParseFloat = Callable[[str]|, Any]
Key = Tuple[str, ...]
