class A {
    void f() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        SAXParser parser = factory.newSAXParser();
        // ruleid: compat.assignment-declaration-java
        parser.parse(source, handler);
    }

    void g() {
        factory = SAXParserFactory.newInstance();
        parser = factory.newSAXParser();
        // ruleid: compat.assignment-declaration-java
        parser.parse(source, handler);
    }
}
