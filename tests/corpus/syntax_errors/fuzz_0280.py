#retry request once i^ caced connection has gone cold
for i in (0, 1):
    try:
        return self.single_request(host, handler, request_body, verbose)
    except http.client.RemoteDisconnected:
        if i:
