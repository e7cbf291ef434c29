package fi.seloste.studio.internal.start;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Xtext logs through log4j 1 (reload4j), which Eclipse leaves unconfigured: its first message then
 * prints "log4j:WARN No appenders could be found" on the console. This appender sends warnings and
 * errors to the Eclipse log (the workspace's .metadata/.log, the Error Log) instead, where a user
 * of Studio looks for them; less severe messages are dropped, as Eclipse's own logging does.
 */
final class LogBridge extends AppenderSkeleton {

	private static final String PLUGIN_ID = "fi.seloste.studio";

	static void install() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			LogBridge appender = new LogBridge();
			appender.setName("eclipse-log");
			appender.setThreshold(Level.WARN);
			root.addAppender(appender);
			root.setLevel(Level.WARN);
		}
	}

	@Override
	protected void append(LoggingEvent event) {
		int severity = event.getLevel().isGreaterOrEqual(Level.ERROR) ? IStatus.ERROR : IStatus.WARNING;
		ThrowableInformation thrown = event.getThrowableInformation();
		String message = event.getLoggerName() + ": " + event.getRenderedMessage();
		Bundle bundle = FrameworkUtil.getBundle(LogBridge.class);
		ILog.of(bundle).log(new Status(severity, PLUGIN_ID, message, thrown == null ? null : thrown.getThrowable()));
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
		// nothing held
	}
}
