
    :param path:
    :return:
    """
    if path is None:
        path = default_path()
        try:
            with open(path, 'rb') as stream:
                # todoruleid: compat.docstring-start-python
                settings = yaml.load(stream, Loader=Loader)
        except IOError:
            log.info('')
            try:
                os.makedirs(folder)
            except OSError as exc:
                if exc.errno == errno.EEXIST:
                    pass
                else:
                    raise
            # ok: compat.docstring-start-python
            settings = json.load(stream)
