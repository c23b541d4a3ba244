using System;
using System.Security.Cryptography;

public class KeyWrap
{
    public byte[] Wrap(RSA rsa, byte[] key)
    {
        // ruleid: csharp.crypto.rsa-pkcs1-encryption
        return rsa.Encrypt(key, RSAEncryptionPadding.Pkcs1);
    }

    public byte[] Unwrap(RSA rsa, byte[] wrapped)
    {
        // ruleid: csharp.crypto.rsa-pkcs1-encryption
        return rsa.Decrypt(wrapped, RSAEncryptionPadding.Pkcs1);
    }

    public byte[] LegacyWrap(RSACryptoServiceProvider provider, byte[] key)
    {
        // ruleid: csharp.crypto.rsa-pkcs1-encryption
        return provider.Encrypt(key, false);
    }

    public byte[] Exchange(RSA rsa, byte[] secret)
    {
        var formatter = new RSAPKCS1KeyExchangeFormatter(rsa);
        // ruleid: csharp.crypto.rsa-pkcs1-encryption
        return formatter.CreateKeyExchange(secret);
    }

    public byte[] Receive(RSA rsa, byte[] data)
    {
        RSAPKCS1KeyExchangeDeformatter deformatter = new RSAPKCS1KeyExchangeDeformatter(rsa);
        // ruleid: csharp.crypto.rsa-pkcs1-encryption
        return deformatter.DecryptKeyExchange(data);
    }

    public byte[] WrapOaep(RSA rsa, byte[] key)
    {
        // ok: csharp.crypto.rsa-pkcs1-encryption
        return rsa.Encrypt(key, RSAEncryptionPadding.OaepSHA256);
    }

    public byte[] LegacyWrapOaep(RSACryptoServiceProvider provider, byte[] key)
    {
        // ok: csharp.crypto.rsa-pkcs1-encryption
        return provider.Encrypt(key, true);
    }

    public byte[] ExchangeOaep(RSA rsa, byte[] secret)
    {
        var formatter = new RSAOAEPKeyExchangeFormatter(rsa);
        // ok: csharp.crypto.rsa-pkcs1-encryption
        return formatter.CreateKeyExchange(secret);
    }

    public byte[] Sign(RSA rsa, byte[] data)
    {
        // ok: csharp.crypto.rsa-pkcs1-encryption
        return rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}

public class Vault
{
    public string Protect(TextCipher cipher, string text)
    {
        // ok: csharp.crypto.rsa-pkcs1-encryption
        return cipher.Encrypt(text, false);
    }
}
