class A {
    void F() {
        // ruleid: compat.new-without-arguments-csharp
        SHA1 sha = new SHA1CryptoServiceProvider();
        // ruleid: compat.new-without-arguments-csharp
        byte[] h = new MD5CryptoServiceProvider().ComputeHash(data);
        // ok: compat.new-without-arguments-csharp
        var aes = new AesCryptoServiceProvider();
    }
}
