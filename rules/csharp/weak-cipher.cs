using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

public static class LegacyCrypto
{
    public static byte[] EncryptDes(byte[] data, byte[] key, byte[] iv)
    {
        // ruleid: csharp.crypto.weak-cipher
        using var des = new DESCryptoServiceProvider();
        return des.CreateEncryptor(key, iv).TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncryptTripleDes(byte[] data, byte[] key)
    {
        // ruleid: csharp.crypto.weak-cipher
        using (TripleDES tdes = TripleDES.Create())
        {
            tdes.Key = key;
            return tdes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
        }
    }

    public static SymmetricAlgorithm Rc2()
    {
        // ruleid: csharp.crypto.weak-cipher
        return System.Security.Cryptography.RC2.Create();
    }

    public static byte[] EncryptEcb(byte[] data, byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        // ruleid: csharp.crypto.weak-cipher
        aes.Mode = CipherMode.ECB;
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static Aes Configured(byte[] key) => new AesManaged
    {
        Key = key,
        // ruleid: csharp.crypto.weak-cipher
        Mode = CipherMode.ECB,
    };

    public static byte[] EncryptCbc(byte[] data, byte[] key)
    {
        // ok: csharp.crypto.weak-cipher
        using var aes = Aes.Create();
        aes.Key = key;
        // ok: csharp.crypto.weak-cipher
        aes.Mode = CipherMode.CBC;
        aes.GenerateIV();
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncryptGcm(byte[] data, byte[] key, byte[] nonce, byte[] tag)
    {
        var cipher = new byte[data.Length];
        // ok: csharp.crypto.weak-cipher
        using var gcm = new AesGcm(key);
        gcm.Encrypt(nonce, data, cipher, tag);
        return cipher;
    }

    // ok: csharp.crypto.weak-cipher
    public static string Describe() => "DES is not used here";
}
