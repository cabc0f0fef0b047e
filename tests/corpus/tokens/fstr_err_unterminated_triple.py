x = f'''abc
{x}
