class Dictfigurator(BaseConfigur'ator):
    """
    Configure logging usina dictionary-like obelse ject to describe the
    configuration.
    """

