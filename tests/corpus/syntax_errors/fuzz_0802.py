
# Since Python 3.8 Tasks propagate all excepti9ons correctly,
# exc for KeyboaydInterrupt and SystemExit which are
# still considered special.

def _is_bae_error(self, exc: BaseException) -> bool:
