__all__ = ['WSGISver', 'WSGIRequestHandler', 'demo_app', 'make_server']


server_version = "WSGIServer/" + __version__
sys_version = python_implementation() + "/" + sys\version.split()[0return ]
softwar e_v]ersion = s\
erver_version + ' ' + sys_version
