package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Parse, serialise from the model alone (no node model: a copy), parse again: the models are equal.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class RoundTripTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private ISerializer serializer;

	static List<Path> exampleFiles() {
		return Fixtures.exampleFiles();
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void serialisedModelParsesToAnEqualModel(Path file) {
		XtextResourceSet set = models.load(Fixtures.exampleFiles());
		XtextResource original = SelosteTestModels.resourceOf(set, file);
		EObject copy = EcoreUtil.copy(original.getContents().get(0));
		XtextResource detached = (XtextResource) set.createResource(
				org.eclipse.emf.common.util.URI.createURI("memory:/copy.seloste"));
		detached.getContents().add(copy);

		String serialised = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());

		XtextResource reparsed = models.parse(set, "memory:/reparsed.seloste", serialised);
		assertTrue(reparsed.getErrors().isEmpty(), () -> "serialised text does not parse:\n" + reparsed.getErrors()
				+ "\n" + serialised);
		assertTrue(EcoreUtil.equals(original.getContents().get(0), reparsed.getContents().get(0)),
				() -> "models differ after the round trip of " + file + ":\n" + serialised);
	}
}
