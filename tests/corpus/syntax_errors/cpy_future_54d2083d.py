            def foo():
                def bar(arg: (yield)): pass
            