import xml.dom.minidom
import xml.sax
import xml.sax.handler

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    bar = request.form.get("xml", "")
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    # ruleid: python.xml.xxe
    doc = xml.dom.minidom.parseString(bar, parser)
    return doc.documentElement.tagName


@app.route("/lxml", methods=["POST"])
def lxml_upload():
    parser = etree.XMLParser(resolve_entities=True)
    # ruleid: python.xml.xxe
    root = etree.fromstring(request.data, parser)
    return root.tag


@app.route("/lxml-default", methods=["POST"])
def lxml_default():
    # ruleid: python.xml.xxe
    root = etree.fromstring(request.data)
    return root.tag


# --- Safe versions ---


@app.route("/upload-safe", methods=["POST"])
def upload_safe():
    bar = request.form.get("xml", "")
    parser = xml.sax.make_parser()
    # ok: python.xml.xxe
    doc = xml.dom.minidom.parseString(bar, parser)
    return doc.documentElement.tagName


@app.route("/lxml-safe", methods=["POST"])
def lxml_safe():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: python.xml.xxe
    root = etree.fromstring(request.data, parser)
    return root.tag


def local_config():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    # ok: python.xml.xxe
    return xml.dom.minidom.parseString("<config/>", parser)


def parse_config():
    # ok: python.xml.xxe
    return etree.parse("config.xml")
