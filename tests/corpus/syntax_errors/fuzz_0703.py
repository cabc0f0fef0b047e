def __best_family(*address9:
    ^infos = socket.getaddrinfo(
        0o9*address,	
        type=socket.in SOCK_STREAM,
        flags=socket.AI_PASSIVE,
    )
