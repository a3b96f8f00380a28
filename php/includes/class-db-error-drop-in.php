<?php
/**
 * Installs the wp-content/db-error.php drop-in that answers 503 when the
 * database is down.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * When MariaDB/MySQL is down while WordPress boots, WordPress stops before
 * any plugin loads (wpdb::db_connect() → wp-content/db-error.php, or its own
 * 500 page). The only code that runs then is a db-error.php drop-in, so the
 * plugin installs one (php/drop-ins/db-error.php) that answers webhook
 * requests with a JSON 503 and everything else with WordPress's short
 * message, as 503. The same drop-in runs when the connection is lost in the
 * middle of a request (wpdb::check_connection() → dead_db()).
 *
 * A db-error.php the site already has is never overwritten; the settings
 * page then says so.
 */
final class DbErrorDropIn {

	/** Marks the drop-in as this plugin's (and its version). */
	private const MARKER = 'quillcrm-bounce-drop-in-version:';

	/** Installed, ours and current. */
	public const INSTALLED = 'installed';
	/** The site has a db-error.php of its own. */
	public const FOREIGN = 'foreign';
	/** Not installed (wp-content not writable, or removed). */
	public const MISSING = 'missing';

	/**
	 * The drop-in's path in wp-content.
	 */
	public static function target(): string {
		return WP_CONTENT_DIR . '/db-error.php';
	}

	/**
	 * The drop-in shipped with the plugin.
	 */
	public static function source(): string {
		return dirname( PLUGIN_FILE ) . '/drop-ins/db-error.php';
	}

	/**
	 * One of INSTALLED, FOREIGN, MISSING.
	 */
	public static function state(): string {
		$target = self::target();
		if ( ! file_exists( $target ) ) {
			return self::MISSING;
		}
		$installed = self::marker_version( (string) file_get_contents( $target, false, null, 0, 4096 ) );
		if ( null === $installed ) {
			return self::FOREIGN;
		}
		$shipped = self::marker_version( (string) file_get_contents( self::source(), false, null, 0, 4096 ) );
		return $installed === $shipped ? self::INSTALLED : self::MISSING;
	}

	/**
	 * Installs or updates the drop-in unless the site has its own.
	 *
	 * @return bool Whether the drop-in is in place afterwards.
	 */
	public static function install(): bool {
		$state = self::state();
		if ( self::INSTALLED === $state ) {
			return true;
		}
		if ( self::FOREIGN === $state ) {
			return false;
		}
		$target = self::target();
		$dir    = dirname( $target );
		if ( ! is_dir( $dir ) || ! wp_is_writable( $dir ) ) {
			return false;
		}
		// Write next to the target, then rename: WordPress never includes a
		// half-written file.
		$temp = $dir . '/.db-error.php.quillcrm-' . bin2hex( random_bytes( 4 ) );
		if ( ! @copy( self::source(), $temp ) ) { // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- failure is reported by the return value.
			return false;
		}
		if ( ! @rename( $temp, $target ) ) { // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged, WordPress.WP.AlternativeFunctions.rename_rename
			wp_delete_file( $temp );
			return false;
		}
		return true;
	}

	/**
	 * Installs the drop-in on admin requests when it went missing. One
	 * file_exists() when it is in place.
	 */
	public static function ensure(): void {
		if ( ! file_exists( self::target() ) ) {
			self::install();
		}
	}

	/**
	 * Removes the drop-in when it is this plugin's (deactivation, uninstall).
	 */
	public static function remove(): void {
		$target = self::target();
		if ( file_exists( $target ) && null !== self::marker_version( (string) file_get_contents( $target, false, null, 0, 4096 ) ) ) {
			wp_delete_file( $target );
		}
	}

	/**
	 * The version in a drop-in's marker line, null when there is none.
	 *
	 * @param string $head First bytes of the file.
	 */
	private static function marker_version( string $head ): ?string {
		if ( 1 === preg_match( '/' . preg_quote( self::MARKER, '/' ) . '\s*(\d+)/', $head, $match ) ) {
			return $match[1];
		}
		return null;
	}
}
