import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Draws the Seloste editor's icons, in the style of the Studio icon (bundles/fi.seloste.studio/tools/
 * MakeIcons.java: a blue tile, a white page, a green check): the .seloste file icon, one glyph per
 * outline element kind (a white symbol on a tile whose colour says the group: structure blue, people
 * teal, data green, flows orange, time violet, law red), and the wizard banners (75 x 66). Each at its
 * size and at @2x for high-resolution screens. The PNGs are committed; run this only to change them:
 * {@code java bundles/fi.seloste.ui/tools/MakeUiIcons.java bundles/fi.seloste.ui/icons}
 */
public class MakeUiIcons {

	static final Color BLUE = new Color(0x1F, 0x4E, 0x79);
	static final Color TEAL = new Color(0x0E, 0x7C, 0x86);
	static final Color GREEN = new Color(0x2E, 0x8B, 0x57);
	static final Color ORANGE = new Color(0xC8, 0x6A, 0x12);
	static final Color VIOLET = new Color(0x6A, 0x4C, 0x9C);
	static final Color RED = new Color(0xA8, 0x32, 0x32);
	static final Color GREY = new Color(0x8A, 0x94, 0x9E);
	static final Color CHECK = new Color(0x2E, 0x9E, 0x5B);
	static final Color PALE = new Color(0xB7, 0xCB, 0xE0);
	/** The tile's colour: what the glyphs draw their holes with. */
	static Color cut = BLUE;

	public static void main(String[] args) throws Exception {
		File dir = new File(args.length > 0 ? args[0] : "icons");
		new File(dir, "outline").mkdirs();
		new File(dir, "wizban").mkdirs();
		icon(dir, "seloste", MakeUiIcons::file);
		glyph(dir, "organisation", BLUE, MakeUiIcons::building);
		glyph(dir, "notice", BLUE, MakeUiIcons::page);
		glyph(dir, "import", BLUE, MakeUiIcons::link);
		glyph(dir, "controller", TEAL, MakeUiIcons::building);
		glyph(dir, "person", TEAL, MakeUiIcons::person);
		glyph(dir, "nodpo", GREY, MakeUiIcons::person);
		glyph(dir, "recipient", ORANGE, MakeUiIcons::recipient);
		glyph(dir, "norecipients", GREY, MakeUiIcons::recipient);
		glyph(dir, "authority", RED, MakeUiIcons::shield);
		glyph(dir, "security", BLUE, MakeUiIcons::lock);
		glyph(dir, "register", GREEN, MakeUiIcons::database);
		glyph(dir, "subjects", TEAL, MakeUiIcons::people);
		glyph(dir, "datacategory", GREEN, MakeUiIcons::tag);
		glyph(dir, "purpose", GREEN, MakeUiIcons::target);
		glyph(dir, "source", ORANGE, MakeUiIcons::inflow);
		glyph(dir, "transfer", ORANGE, MakeUiIcons::globe);
		glyph(dir, "notransfers", GREY, MakeUiIcons::globe);
		glyph(dir, "retention", VIOLET, MakeUiIcons::clock);
		glyph(dir, "cookie", ORANGE, MakeUiIcons::cookie);
		glyph(dir, "cookiepolicy", BLUE, MakeUiIcons::cookie);
		glyph(dir, "rights", RED, MakeUiIcons::scales);
		glyph(dir, "automated", VIOLET, MakeUiIcons::gear);
		glyph(dir, "provision", RED, MakeUiIcons::paragraph);
		banner(dir, "newnotice", false);
		banner(dir, "examples", true);
	}

	// ------------------------------------------------------------------ files

	static void icon(File dir, String name, Consumer<Graphics2D> drawing) throws Exception {
		for (int scale = 1; scale <= 2; scale++) {
			ImageIO.write(draw(16 * scale, 16 * scale, 16, drawing), "png",
					new File(dir, name + (scale == 2 ? "@2x" : "") + ".png"));
		}
	}

	/** A tile of the colour with the white glyph drawn on a 16 x 16 grid. */
	static void glyph(File dir, String name, Color tile, Consumer<Graphics2D> glyph) throws Exception {
		cut = tile;
		icon(new File(dir, "outline"), name, g -> {
			g.setColor(tile);
			g.fill(new RoundRectangle2D.Double(0.5, 0.5, 15, 15, 5, 5));
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			glyph.accept(g);
			if (tile == GREY) { // "none": the kind struck through
				g.setColor(new Color(0x44, 0x44, 0x44));
				g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				g.draw(new Line2D.Double(3, 13, 13, 3));
			}
		});
	}

	static BufferedImage draw(int width, int height, double grid, Consumer<Graphics2D> drawing) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.scale(width / grid, width / grid);
		drawing.accept(g);
		g.dispose();
		return image;
	}

	// ------------------------------------------------------------------ the .seloste file

	/** A white page with a folded corner, a blue band and the green check of the Studio icon. */
	static void file(Graphics2D g) {
		Path2D page = new Path2D.Double();
		page.moveTo(2.5, 0.5);
		page.lineTo(10, 0.5);
		page.lineTo(13.5, 4);
		page.lineTo(13.5, 15.5);
		page.lineTo(2.5, 15.5);
		page.closePath();
		g.setColor(Color.WHITE);
		g.fill(page);
		g.setColor(BLUE);
		g.setStroke(new BasicStroke(1f));
		g.draw(page);
		g.setColor(PALE);
		Path2D fold = new Path2D.Double();
		fold.moveTo(10, 0.5);
		fold.lineTo(10, 4);
		fold.lineTo(13.5, 4);
		fold.closePath();
		g.fill(fold);
		g.setColor(BLUE);
		g.fill(new Rectangle2D.Double(4.5, 3.5, 4.5, 1.5));
		g.fill(new Rectangle2D.Double(4.5, 6.5, 7, 1.2));
		g.setColor(CHECK);
		g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		Path2D check = new Path2D.Double();
		check.moveTo(5, 11);
		check.lineTo(7, 13);
		check.lineTo(11.5, 8.8);
		g.draw(check);
	}

	// ------------------------------------------------------------------ glyphs (white, 16 x 16 grid)

	static void building(Graphics2D g) {
		g.fill(new Rectangle2D.Double(4, 4, 8, 9));
		g.setColor(cut);
		for (int row = 0; row < 2; row++) {
			for (int col = 0; col < 2; col++) {
				g.fill(new Rectangle2D.Double(5.3 + col * 3.4, 5.3 + row * 3, 2, 1.8));
			}
		}
		g.setColor(Color.WHITE);
		g.setColor(Color.WHITE);
		g.draw(new Line2D.Double(3, 13, 13, 13));
	}

	static void page(Graphics2D g) {
		Path2D page = new Path2D.Double();
		page.moveTo(4.5, 3);
		page.lineTo(9.5, 3);
		page.lineTo(12, 5.5);
		page.lineTo(12, 13);
		page.lineTo(4.5, 13);
		page.closePath();
		g.fill(page);
		g.setColor(cut);
		g.setStroke(new BasicStroke(1.1f));
		g.draw(new Line2D.Double(6, 7, 10.5, 7));
		g.draw(new Line2D.Double(6, 9.2, 10.5, 9.2));
		g.draw(new Line2D.Double(6, 11.4, 9, 11.4));
		g.setColor(Color.WHITE);
	}

	static void link(Graphics2D g) {
		g.draw(new RoundRectangle2D.Double(2.5, 6, 6.5, 4, 4, 4));
		g.draw(new RoundRectangle2D.Double(7, 6, 6.5, 4, 4, 4));
	}

	static void person(Graphics2D g) {
		g.fill(new Ellipse2D.Double(5.5, 2.8, 5, 5));
		g.fill(new Arc2D.Double(3.3, 8.6, 9.4, 9, 0, 180, Arc2D.CHORD));
	}

	static void people(Graphics2D g) {
		g.fill(new Ellipse2D.Double(2.6, 4, 4.2, 4.2));
		g.fill(new Arc2D.Double(1.2, 9, 7, 7, 0, 180, Arc2D.CHORD));
		g.fill(new Ellipse2D.Double(9.2, 4, 4.2, 4.2));
		g.fill(new Arc2D.Double(7.8, 9, 7, 7, 0, 180, Arc2D.CHORD));
	}

	static void recipient(Graphics2D g) {
		g.draw(new Line2D.Double(2.5, 8, 9, 8));
		Path2D head = new Path2D.Double();
		head.moveTo(6.5, 5);
		head.lineTo(9.5, 8);
		head.lineTo(6.5, 11);
		g.draw(head);
		g.fill(new RoundRectangle2D.Double(10.5, 3.5, 3, 9, 1.5, 1.5));
	}

	static void inflow(Graphics2D g) {
		g.draw(new Line2D.Double(8, 2.5, 8, 9));
		Path2D head = new Path2D.Double();
		head.moveTo(5, 6.5);
		head.lineTo(8, 9.5);
		head.lineTo(11, 6.5);
		g.draw(head);
		Path2D tray = new Path2D.Double();
		tray.moveTo(3, 9.5);
		tray.lineTo(3, 13);
		tray.lineTo(13, 13);
		tray.lineTo(13, 9.5);
		g.draw(tray);
	}

	static void shield(Graphics2D g) {
		Path2D shield = new Path2D.Double();
		shield.moveTo(8, 2.5);
		shield.lineTo(13, 4.5);
		shield.curveTo(13, 9.5, 11, 12, 8, 13.8);
		shield.curveTo(5, 12, 3, 9.5, 3, 4.5);
		shield.closePath();
		g.fill(shield);
	}

	static void lock(Graphics2D g) {
		g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
		Path2D shackle = new Path2D.Double();
		shackle.moveTo(5.5, 8);
		shackle.lineTo(5.5, 5.5);
		shackle.curveTo(5.5, 2.2, 10.5, 2.2, 10.5, 5.5);
		shackle.lineTo(10.5, 8);
		g.draw(shackle);
		g.fill(new RoundRectangle2D.Double(3.5, 7.5, 9, 6, 1.5, 1.5));
	}

	static void database(Graphics2D g) {
		g.fill(new Rectangle2D.Double(3.5, 4.5, 9, 8));
		g.fill(new Ellipse2D.Double(3.5, 10.5, 9, 3.5));
		g.setColor(cut);
		g.setStroke(new BasicStroke(0.9f));
		g.draw(new Arc2D.Double(3.5, 5.2, 9, 3.4, 180, 180, Arc2D.OPEN));
		g.draw(new Arc2D.Double(3.5, 8.2, 9, 3.4, 180, 180, Arc2D.OPEN));
		g.setColor(Color.WHITE);
		g.fill(new Ellipse2D.Double(3.5, 2.6, 9, 3.5));
	}

	static void tag(Graphics2D g) {
		Path2D tag = new Path2D.Double();
		tag.moveTo(2.5, 3);
		tag.lineTo(8.5, 3);
		tag.lineTo(13.5, 8);
		tag.lineTo(8.5, 13);
		tag.lineTo(2.5, 7);
		tag.closePath();
		g.fill(tag);
		g.setColor(cut);
		g.fill(new Ellipse2D.Double(4.2, 4.6, 2.2, 2.2));
		g.setColor(Color.WHITE);
	}

	static void target(Graphics2D g) {
		g.draw(new Ellipse2D.Double(2.7, 2.7, 10.6, 10.6));
		g.draw(new Ellipse2D.Double(5.3, 5.3, 5.4, 5.4));
		g.fill(new Ellipse2D.Double(7, 7, 2, 2));
	}

	static void globe(Graphics2D g) {
		g.setStroke(new BasicStroke(1.1f));
		g.draw(new Ellipse2D.Double(2.5, 2.5, 11, 11));
		g.draw(new Ellipse2D.Double(5.5, 2.5, 5, 11));
		g.draw(new Line2D.Double(2.5, 8, 13.5, 8));
		g.draw(new Line2D.Double(3.6, 5.2, 12.4, 5.2));
		g.draw(new Line2D.Double(3.6, 10.8, 12.4, 10.8));
	}

	static void clock(Graphics2D g) {
		g.draw(new Ellipse2D.Double(2.5, 2.5, 11, 11));
		g.draw(new Line2D.Double(8, 8, 8, 4.6));
		g.draw(new Line2D.Double(8, 8, 10.6, 9.6));
	}

	static void cookie(Graphics2D g) {
		Shape round = new Ellipse2D.Double(2.5, 2.5, 11, 11);
		g.fill(round);
		g.setColor(cut);
		g.fill(new Ellipse2D.Double(10.6, 1.2, 4.4, 4.4)); // a bite
		for (double[] chip : new double[][] { { 5, 5.5 }, { 8, 9.5 }, { 5.2, 10 }, { 10, 7.2 } }) {
			g.fill(new Ellipse2D.Double(chip[0], chip[1], 1.8, 1.8));
		}
		g.setColor(Color.WHITE);
	}

	static void scales(Graphics2D g) {
		g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(8, 2.5, 8, 13));
		g.draw(new Line2D.Double(5, 13, 11, 13));
		g.draw(new Line2D.Double(3, 4.5, 13, 4.5));
		g.fill(new Arc2D.Double(1.2, 6, 5.6, 5, 180, 180, Arc2D.CHORD));
		g.fill(new Arc2D.Double(9.2, 6, 5.6, 5, 180, 180, Arc2D.CHORD));
		g.draw(new Line2D.Double(3, 4.5, 1.8, 8.5));
		g.draw(new Line2D.Double(3, 4.5, 4.2, 8.5));
		g.draw(new Line2D.Double(13, 4.5, 11.8, 8.5));
		g.draw(new Line2D.Double(13, 4.5, 14.2, 8.5));
	}

	static void gear(Graphics2D g) {
		for (int i = 0; i < 8; i++) {
			double a = Math.PI / 4 * i;
			g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
			g.draw(new Line2D.Double(8 + 4 * Math.cos(a), 8 + 4 * Math.sin(a), 8 + 6 * Math.cos(a), 8 + 6 * Math.sin(a)));
		}
		g.fill(new Ellipse2D.Double(3.6, 3.6, 8.8, 8.8));
		g.setColor(cut);
		g.fill(new Ellipse2D.Double(6.4, 6.4, 3.2, 3.2));
		g.setColor(Color.WHITE);
	}

	static void paragraph(Graphics2D g) {
		g.setFont(new Font(Font.SERIF, Font.BOLD, 13));
		var metrics = g.getFontMetrics();
		g.drawString("\u00a7", 8f - metrics.stringWidth("\u00a7") / 2f, 12.6f);
	}

	// ------------------------------------------------------------------ wizard banners (75 x 66)

	/** The new-notice banner: the file icon large with a green plus; the examples banner: three pages. */
	static void banner(File dir, String name, boolean examples) throws Exception {
		for (int scale = 1; scale <= 2; scale++) {
			BufferedImage image = draw(75 * scale, 66 * scale, 75, g -> {
				g.setPaint(new GradientPaint(0, 0, new Color(0xEE, 0xF3, 0xF8), 75, 66, Color.WHITE));
				g.fill(new Rectangle2D.Double(0, 0, 75, 66));
				if (examples) {
					pageAt(g, 14, 8, 0.8);
					pageAt(g, 24, 12, 0.8);
					pageAt(g, 34, 16, 0.8);
				} else {
					pageAt(g, 20, 7, 1.0);
					g.setColor(CHECK);
					g.fill(new Ellipse2D.Double(45, 38, 20, 20));
					g.setColor(Color.WHITE);
					g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
					g.draw(new Line2D.Double(55, 42.5, 55, 53.5));
					g.draw(new Line2D.Double(49.5, 48, 60.5, 48));
				}
			});
			ImageIO.write(image, "png", new File(new File(dir, "wizban"), name + "_wiz" + (scale == 2 ? "@2x" : "") + ".png"));
		}
	}

	/** The file icon's page, scaled up to about 33 x 48 at scale 1. */
	static void pageAt(Graphics2D g, double x, double y, double scale) {
		var saved = g.getTransform();
		g.translate(x, y);
		g.scale(3 * scale, 3 * scale);
		file(g);
		g.setTransform(saved);
	}
}
