package fi.seloste.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The result of a pure scan of a text (a pattern of words, forbidden characters), kept across
 * validation runs: after a keystroke only the texts that changed are scanned again, the others are
 * looked up. Bounded: forgets everything once the texts it holds exceed {@value #MAX_CHARACTERS}
 * characters. {@code scan} must depend on its argument alone (and never return {@code null}); a list of texts used as a key must not change.
 */
final class TextMemo<K, V> {

	private static final long MAX_CHARACTERS = 4_000_000;

	private final Function<K, V> scan;
	private final Function<K, Integer> size;
	private final Map<K, V> results = new ConcurrentHashMap<>();
	private final AtomicLong characters = new AtomicLong();

	private TextMemo(Function<K, V> scan, Function<K, Integer> size) {
		this.scan = scan;
		this.size = size;
	}

	/** A memo of a scan of one text. */
	static <V> TextMemo<String, V> of(Function<String, V> scan) {
		return new TextMemo<>(scan, text -> text.length());
	}

	/** A memo of a scan of several texts together. */
	static <V> TextMemo<java.util.List<String>, V> ofAll(Function<java.util.List<String>, V> scan) {
		return new TextMemo<>(scan, texts -> texts.stream().mapToInt(text -> text == null ? 0 : text.length()).sum() + texts.size());
	}

	V get(K text) {
		if (text == null) {
			return scan.apply(null); // a text lost to a syntax error; a map holds no null key
		}
		V result = results.get(text);
		if (result == null) {
			result = scan.apply(text);
			if (characters.addAndGet(size.apply(text)) > MAX_CHARACTERS) {
				results.clear();
				characters.set(size.apply(text));
			}
			results.put(text, result);
		}
		return result;
	}
}
