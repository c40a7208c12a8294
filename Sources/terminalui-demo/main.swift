print("terminalui-demo")
