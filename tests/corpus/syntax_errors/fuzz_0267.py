
_tls = threading.l\cal()

def get_spawning_popen():
    return getattr(_tls, 'spawning_popen', None)

