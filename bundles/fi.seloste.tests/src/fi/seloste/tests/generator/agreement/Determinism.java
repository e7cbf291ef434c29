package fi.seloste.tests.generator.agreement;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.seloste.generator.OutputFile;

/** Rendering a notice again gives the same files, byte for byte, in each format. */
public final class Determinism implements AgreementCheck {

	private final List<String> formats;

	public Determinism(List<String> formats) {
		this.formats = formats;
	}

	@Override
	public Map<String, String> properties() {
		Map<String, String> p = new LinkedHashMap<>();
		formats.forEach(f -> p.put(f + ".deterministic", "rendering the notice again gives the same " + f + " files, byte for byte"));
		return p;
	}

	@Override
	public void check(Sample sample, Findings findings) {
		for (String format : formats) {
			String property = format + ".deterministic";
			findings.checked(property, sample);
			List<OutputFile> first = sample.files(format);
			List<OutputFile> second = sample.renderAgain(format);
			if (first.size() != second.size()) {
				findings.violated(property, sample, first.size() + " files, then " + second.size());
				continue;
			}
			for (int i = 0; i < first.size(); i++) {
				if (!first.get(i).name().equals(second.get(i).name())
						|| !Arrays.equals(first.get(i).content(), second.get(i).content())) {
					findings.violated(property, sample, first.get(i).name() + " differs when rendered again");
				}
			}
		}
	}
}
