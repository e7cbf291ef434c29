import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the Seloste Studio icon set (an original drawing: a blue tile, a white page with a folded
 * corner and text lines, and a green check mark) at the sizes the workbench window and the About
 * dialog use, and the splash screen the start scripts show (java -splash:, the JVM's own: the
 * progress bar is drawn over its bottom strip by StartupSplash). The PNGs are committed; run this only
 * to change the drawing:
 * {@code java bundles/fi.seloste.studio/tools/MakeIcons.java bundles/fi.seloste.studio/icons features/fi.seloste.studio.feature/rootfiles/common/splash.png}
 */
public class MakeIcons {
	public static void main(String[] args) throws Exception {
		File dir = new File(args.length > 0 ? args[0] : "icons");
		dir.mkdirs();
		for (int size : new int[] { 16, 32, 48, 64, 128, 256 }) {
			ImageIO.write(draw(size), "png", new File(dir, "seloste" + size + ".png"));
		}
		if (args.length > 1) {
			File splash = new File(args[1]);
			splash.getAbsoluteFile().getParentFile().mkdirs();
			ImageIO.write(splash(), "png", splash);
		}
	}

	/** 480 x 280: the icon, the name and what it is; the bottom 60 px are left for the progress. */
	static BufferedImage splash() {
		int width = 480, height = 280;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, Color.WHITE, 0, height, new Color(0xEE, 0xF3, 0xF8))); // as StartupSplash
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0x1F, 0x4E, 0x79));
		g.fillRect(0, 0, width, 6);
		g.setColor(new Color(0xB7, 0xCB, 0xE0));
		g.drawRect(0, 0, width - 1, height - 1);
		g.drawImage(draw(96), 32, 48, null);
		g.setColor(new Color(0x1F, 0x4E, 0x79));
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
		g.drawString("Seloste Studio", 148, 96);
		g.setColor(new Color(0x4A, 0x5F, 0x75));
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
		g.drawString("Tietosuojaselosteet l\u00e4hdetiedostoina", 150, 124);
		g.drawString("Privacy notices as source files", 150, 146);
		// the progress strip before Studio draws on it (StartupSplash paints over it, same geometry):
		// what the framework's first seconds show
		g.setColor(new Color(0xD5, 0xDF, 0xEA));
		g.fillRoundRect(32, height - 36, width - 64, 6, 6, 6);
		g.setColor(new Color(0x1F, 0x4E, 0x79));
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		g.drawString("K\u00e4ynnistyy \u2013 Starting\u2026", 32, height - 45);
		g.dispose();
		return image;
	}

	static BufferedImage draw(int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		double s = size / 64.0; // drawn on a 64 x 64 grid
		g.scale(s, s);
		// tile
		g.setColor(new Color(0x1F, 0x4E, 0x79));
		g.fill(new RoundRectangle2D.Double(2, 2, 60, 60, 14, 14));
		// page with a folded corner
		Path2D page = new Path2D.Double();
		page.moveTo(16, 9);
		page.lineTo(39, 9);
		page.lineTo(49, 19);
		page.lineTo(49, 55);
		page.lineTo(16, 55);
		page.closePath();
		g.setColor(Color.WHITE);
		g.fill(page);
		Path2D fold = new Path2D.Double();
		fold.moveTo(39, 9);
		fold.lineTo(39, 19);
		fold.lineTo(49, 19);
		fold.closePath();
		g.setColor(new Color(0xB7, 0xCB, 0xE0));
		g.fill(fold);
		// text lines (left out at 16 px, where they would only blur)
		if (size > 16) {
			g.setColor(new Color(0x7F, 0x9B, 0xB8));
			g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.drawLine(21, 18, 34, 18);
			g.drawLine(21, 25, 44, 25);
			g.drawLine(21, 32, 44, 32);
		}
		// check mark: the notice passes its checks
		g.setColor(new Color(0x2E, 0x9E, 0x5B));
		g.setStroke(new BasicStroke(size > 16 ? 6f : 8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		Path2D check = new Path2D.Double();
		check.moveTo(24, 43);
		check.lineTo(31, 49);
		check.lineTo(44, 36);
		g.draw(check);
		g.dispose();
		return image;
	}
}
