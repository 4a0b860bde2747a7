# Only the supported modules can be imported; anything else is Python's ModuleNotFoundError.
import asyncio
print("asyncio imported")
try:
    import no_such_json_module
except ModuleNotFoundError as e:
    print(e, e.name)
import no_such_module_here
