VALUE = "from a namespace package portion"
