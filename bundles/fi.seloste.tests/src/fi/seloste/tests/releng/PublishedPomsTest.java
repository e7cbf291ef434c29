package fi.seloste.tests.releng;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import fi.seloste.tests.Fixtures;

/**
 * The POMs the folder repository publishes for the runtime and ide jars (whose Tycho POMs list no
 * dependencies) name exactly the Maven Central libraries of the one classpath list,
 * releng/fi.seloste.libraries: a library added to one and not the other would break a user's build
 * that takes the jars from the repository, or the command line.
 */
class PublishedPomsTest {

	@Test
	void thePublishedPomsListTheLibrariesOfTheClasspath() throws Exception {
		Path releng = Fixtures.root().resolve("releng");
		Set<String> libraries = centralDependencies(releng.resolve("fi.seloste.libraries/pom.xml"));
		Set<String> published = new TreeSet<>(centralDependencies(releng.resolve("fi.seloste.maven-repository/poms/fi.seloste.pom")));
		published.addAll(centralDependencies(releng.resolve("fi.seloste.maven-repository/poms/fi.seloste.ide.pom")));
		assertEquals(libraries, published);
		assertEquals(30, libraries.size(), "the classpath's Maven Central libraries");
	}

	/** {@code groupId:artifactId:version} of each dependency that is not one of Seloste's own jars. */
	private static Set<String> centralDependencies(Path pom) throws Exception {
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
		NodeList dependencies = document.getElementsByTagName("dependency");
		Set<String> result = new TreeSet<>();
		for (int i = 0; i < dependencies.getLength(); i++) {
			Element dependency = (Element) dependencies.item(i);
			String group = text(dependency, "groupId");
			if (!group.equals("fi.seloste")) {
				result.add(group + ":" + text(dependency, "artifactId") + ":" + text(dependency, "version"));
			}
		}
		return result;
	}

	private static String text(Element element, String child) {
		NodeList nodes = element.getElementsByTagName(child);
		return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
	}
}
