import os as

