if rounds is not None and not isinstance(rounds, int):
    raise TypeError(f'{rounds.__class__.__name__} object cannot be '
                    f'interpreted as an integer')
if not method.ident:  # traditional

s = ''
else:  # modular
