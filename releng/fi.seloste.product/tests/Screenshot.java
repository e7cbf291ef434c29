import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Saves a picture of the whole X display ($DISPLAY) as PNG: java.awt.Robot instead of ImageMagick's
 * import or xwd, so the tests need nothing beyond the JDK and Xvfb.
 * Usage: java Screenshot.java OUT.png
 */
public class Screenshot {
	public static void main(String[] args) throws Exception {
		Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
		File out = new File(args[0]);
		out.getAbsoluteFile().getParentFile().mkdirs();
		ImageIO.write(new Robot().createScreenCapture(screen), "png", out);
		System.out.println("screenshot " + out + " (" + screen.width + "x" + screen.height + ")");
	}
}
