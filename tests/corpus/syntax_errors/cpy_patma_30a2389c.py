
        match ...:
            case f"":
                pass
        