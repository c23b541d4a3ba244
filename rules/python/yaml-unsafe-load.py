import yaml
from yaml import SafeLoader


def read_config(path):
    with open(path) as f:
        # ruleid: python.yaml.unsafe-load
        return yaml.load(f)


def read_full(text):
    # ruleid: python.yaml.unsafe-load
    return yaml.load(text, Loader=yaml.FullLoader)


def read_unsafe(text):
    # ruleid: python.yaml.unsafe-load
    return yaml.unsafe_load(text)


def read_safe(text):
    # ok: python.yaml.unsafe-load
    a = yaml.safe_load(text)
    # ok: python.yaml.unsafe-load
    b = yaml.load(text, Loader=yaml.SafeLoader)
    # ok: python.yaml.unsafe-load
    c = yaml.load(text, Loader=SafeLoader)
    return a, b, c
