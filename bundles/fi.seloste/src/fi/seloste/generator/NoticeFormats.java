package fi.seloste.generator;

import java.util.List;
import java.util.Optional;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The formats the generator knows, in the order they are listed to users. */
@Singleton
public class NoticeFormats {

	private final List<NoticeFormat> formats;

	@Inject
	public NoticeFormats(HtmlFormat html, MarkdownFormat markdown, PdfFormat pdf, RopaFormat ropa,
			SelosteJsonFormat json, TiltFormat tilt, DpvFormat dpv) {
		this.formats = List.of(html, markdown, pdf, ropa, json, tilt, dpv);
	}

	public List<NoticeFormat> all() {
		return formats;
	}

	public Optional<NoticeFormat> byId(String id) {
		return formats.stream().filter(f -> f.id().equals(id)).findFirst();
	}
}
