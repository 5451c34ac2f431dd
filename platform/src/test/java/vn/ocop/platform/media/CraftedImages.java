package vn.ocop.platform.media;

import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Images made for tests: plain JPEG/PNG, a JPEG carrying EXIF with GPS, a bomb header, a truncated file. */
public final class CraftedImages {

    private CraftedImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    /** A JPEG whose APP1 segment (after the JFIF APP0) holds EXIF with a GPS IFD (latitude N 21° 35′). */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] jpeg = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(80);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
        tiff.putInt(0);
        tiff.putInt(21).putInt(1).putInt(35).putInt(1).putInt(0).putInt(1);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), Arrays.copyOf(tiff.array(), 80));
        ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        return concat(Arrays.copyOf(jpeg, afterJfif), app1.array(), Arrays.copyOfRange(jpeg, afterJfif, jpeg.length));
    }

    /** A small PNG file whose header declares {@code width}×{@code height} pixels (a decompression bomb's header). */
    public static byte[] pngDeclaring(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1 + 3 * 16]);
        deflater.finish();
        byte[] idat = new byte[256];
        int n = deflater.deflate(idat);
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, chunk("IHDR", ihdr.array()),
                chunk("IDAT", Arrays.copyOf(idat, n)), chunk("IEND", new byte[0]));
    }

    /** The first {@code fraction} of a file. */
    public static byte[] truncated(byte[] content, double fraction) {
        return Arrays.copyOf(content, (int) (content.length * fraction));
    }

    /** Whether a JPEG has an APP1 (EXIF/XMP) segment, read through ImageIO's JPEG metadata tree. */
    public static boolean hasApp1(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node tree = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            return containsApp1(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean containsApp1(Node node) {
        if ("unknown".equals(node.getNodeName()) && node.getAttributes() != null
                && node.getAttributes().getNamedItem("MarkerTag") != null
                && "225".equals(node.getAttributes().getNamedItem("MarkerTag").getNodeValue())) {
            return true;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (containsApp1(child)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < height; y += 16) {
            g.setColor(Color.getHSBColor(y / (float) height, 0.6f, 0.9f));
            g.fillRect(0, y, width, 16);
        }
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
