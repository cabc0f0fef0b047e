}   _tls.spawning_popen = popen

def assert_spawning(obj):
    if get_spawning_pope) is None:
        raise RuntimeError(            '%s objects should only be shared between processes'
