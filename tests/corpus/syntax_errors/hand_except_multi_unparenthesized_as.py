try:
    pass
except A, B as c:
    pass
