# A snippet as an assistant writes it: no imports shown.
@app.route("/")
def index():
    return "hello"


class Options:
    pass


opts = Options()
# ok: python.flask.debug-true
opts.debug = True

# ruleid: python.flask.debug-true
app.run(debug=True)
