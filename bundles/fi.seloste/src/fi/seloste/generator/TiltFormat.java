package fi.seloste.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fi.seloste.model.Texts;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.RightKind;

/**
 * TILT (Transparency Information Language and Toolkit, https://github.com/Transparency-Information-Language/schema):
 * one document in the notice's first output language, valid against the official TILT schema.
 * <p>
 * The document says only what the notice states, or the fixed meaning in law of a stated fact. Where
 * TILT requires a value the notice does not state, the document holds the schema's emptiest valid
 * form ({@code ""}, {@code []}, {@code ZZ} for a country, {@code ""@invalid} for an e-mail,
 * {@code 0000} for a date, 1 for a version) and the output file lists the field as a loss
 * ({@link OutputFile#losses()}), which {@code seloste generate} prints. Where the parts decide what a
 * statement means in TILT, their class comments say why: {@link TiltMeta}, {@link TiltContacts}
 * (no invented DPO or representative), {@link TiltDataDisclosed}, {@link TiltStorage} (anchored
 * retention), {@link TiltNonDisclosure} (which provision of data applies to a category),
 * {@link TiltTransfers} (Art 49 derogations), {@link TiltRights}, {@link TiltSources}.
 * <p>
 * {@code meta._hash} is the SHA-256 (lower-case hex) of the canonical content: the TILT document
 * without {@code meta._hash}, keys of every object sorted by UTF-16 code units (as RFC 8785), no
 * whitespace, strings escaped as this writer does ({@link Json#compact}), encoded in UTF-8.
 */
public class TiltFormat implements NoticeFormat {

	@Override
	public String id() {
		return "tilt";
	}

	@Override
	public List<OutputFile> render(Notice notice, List<Language> languages) {
		Language language = languages.isEmpty() ? Texts.outputLanguages(notice).get(0) : languages.get(0);
		TiltContext context = new TiltContext(notice, language);
		Map<String, Object> document = build(context);
		return List.of(OutputFile.text(notice.getName() + ".tilt.json", Json.pretty(document), context.losses()));
	}

	/** The TILT document in one language, {@code meta._hash} included. */
	public Map<String, Object> document(Notice notice, Language language) {
		return build(new TiltContext(notice, language));
	}

	private static Map<String, Object> build(TiltContext context) {
		TiltContacts contacts = new TiltContacts(context);
		TiltRights rights = new TiltRights(context, contacts);
		Map<String, Object> meta = new TiltMeta(context).build();
		Map<String, Object> doc = Json.object();
		doc.put("meta", meta);
		doc.put("controller", contacts.controller());
		doc.put("dataProtectionOfficer", contacts.dataProtectionOfficer());
		doc.put("dataDisclosed", new TiltDataDisclosed(context).build());
		doc.put("thirdCountryTransfers", new TiltTransfers(context).build());
		doc.put("accessAndDataPortability", rights.accessAndDataPortability());
		doc.put("sources", new TiltSources(context).build());
		doc.put("rightToInformation", rights.right(RightKind.ACCESS));
		doc.put("rightToRectificationOrDeletion", rights.right(RightKind.RECTIFICATION, RightKind.ERASURE));
		doc.put("rightToDataPortability", rights.right(RightKind.PORTABILITY));
		doc.put("rightToWithdrawConsent", rights.right(RightKind.WITHDRAW_CONSENT));
		doc.put("rightToComplain", rights.rightToComplain());
		doc.put("automatedDecisionMaking", rights.automatedDecisionMaking());
		doc.put("changesOfPurpose", List.of());
		meta.put("_hash", sha256(canonical(doc)));
		return doc;
	}

	/** The canonical form hashed into {@code meta._hash}: see the class comment. */
	public static String canonical(Map<String, Object> document) {
		@SuppressWarnings("unchecked")
		Map<String, Object> copy = (Map<String, Object>) sorted(document);
		@SuppressWarnings("unchecked")
		Map<String, Object> meta = (Map<String, Object>) copy.get("meta");
		if (meta != null) {
			meta.remove("_hash");
		}
		return Json.compact(copy);
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> result = new TreeMap<>();
			map.forEach((k, v) -> result.put((String) k, sorted(v)));
			return result;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(TiltFormat::sorted).toList();
		}
		return value;
	}
}
