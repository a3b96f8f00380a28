<?php
/**
 * The queue worker, for the system cron (no wp-cli needed):
 *
 *   * * * * * php /path/to/wp-content/plugins/quillcrm-bounce/bin/drain.php --seconds=50 --url='https://example.com/'
 *
 * Loads WordPress (wp-load.php, found above this plugin, or --wp=<dir>),
 * takes messages from the site's Amazon SQS queue for at most --seconds
 * (5 to 3600, default 50, so that runs a minute apart do not overlap; a lock makes
 * sure anyway) and applies them exactly once. --until-empty stops at the
 * first empty receive; --slot=<name> runs another worker slot beside the
 * first (each slot has its own lock); --url=<the site's URL> names the
 * site to WordPress as a web request would (on a multisite network, which
 * site's queue; the cron line on the Bounce Handling page carries it).
 * Prints one JSON line; exits 0 when
 * the run succeeded or had nothing to do, 1 when it failed (the reason is
 * also on the Bounce Handling page and in Site Health).
 *
 * @package QuillCRM\Bounce
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput, QuillCRM.Security.EscapedOutput -- a CLI entry point: JSON to the terminal, before and outside WordPress.

if ( 'cli' !== PHP_SAPI ) {
	http_response_code( 404 );
	exit( 1 );
}

// Every argument is one of these (getopt() skips what it does not know:
// a misspelled option would silently become a default run).
$quillcrm_takes_value = array(
	'seconds'     => true,
	'until-empty' => false,
	'slot'        => true,
	'wp'          => true,
	'url'         => true,
);
$quillcrm_count = count( $argv );
for ( $quillcrm_i = 1; $quillcrm_i < $quillcrm_count; $quillcrm_i++ ) {
	$quillcrm_argument = (string) $argv[ $quillcrm_i ];
	if ( 1 !== preg_match( '/^--([a-z-]+)(=.*)?$/s', $quillcrm_argument, $quillcrm_match ) || ! isset( $quillcrm_takes_value[ $quillcrm_match[1] ] ) ) {
		fwrite( STDERR, "drain.php: unknown argument (the options are --seconds=N, --until-empty, --slot=NAME, --wp=DIR and --url=URL)\n" );
		exit( 1 );
	}
	$quillcrm_has_value = isset( $quillcrm_match[2] );
	if ( ! $quillcrm_takes_value[ $quillcrm_match[1] ] && $quillcrm_has_value ) {
		fwrite( STDERR, "drain.php: --{$quillcrm_match[1]} takes no value\n" );
		exit( 1 );
	}
	if ( $quillcrm_takes_value[ $quillcrm_match[1] ] && ! $quillcrm_has_value && ! isset( $argv[ ++$quillcrm_i ] ) ) {
		fwrite( STDERR, "drain.php: --{$quillcrm_match[1]} needs a value\n" );
		exit( 1 );
	}
}
$quillcrm_options = getopt( '', array( 'seconds:', 'until-empty', 'slot:', 'wp:', 'url:' ) );
foreach ( $quillcrm_options as $quillcrm_name => $quillcrm_value ) {
	if ( is_array( $quillcrm_value ) ) { // getopt() gives an option named twice as a list.
		fwrite( STDERR, "drain.php: --$quillcrm_name is given more than once; give it once\n" );
		exit( 1 );
	}
}
$quillcrm_seconds = isset( $quillcrm_options['seconds'] ) ? filter_var( $quillcrm_options['seconds'], FILTER_VALIDATE_INT, array( 'options' => array( 'min_range' => 5, 'max_range' => 3600 ) ) ) : 50;
if ( false === $quillcrm_seconds ) {
	fwrite( STDERR, "drain.php: --seconds must be a whole number from 5 to 3600 (the cron line's 50 fits a run a minute)\n" );
	exit( 1 );
}
$quillcrm_wp      = isset( $quillcrm_options['wp'] ) ? rtrim( (string) $quillcrm_options['wp'], '/' ) : dirname( __DIR__, 4 );
if ( ! is_file( $quillcrm_wp . '/wp-load.php' ) ) {
	fwrite( STDERR, "drain.php: no WordPress at $quillcrm_wp (pass --wp=<the directory of wp-load.php>)\n" );
	exit( 1 );
}

// WordPress ends the process itself when it cannot boot (no database:
// dead_db() and wp_die()), with exit status 0: a run that never reached the
// worker exits 1, so that cron and the tests see the failure.
$quillcrm_done = false;
register_shutdown_function(
	static function () use ( &$quillcrm_done ) {
		if ( ! $quillcrm_done ) {
			fwrite( STDERR, "drain.php: WordPress stopped before the worker ran (is the database up?); nothing was taken from the queue\n" );
			exit( 1 );
		}
	}
);
define( 'QUILLCRM_BOUNCE_WORKER', true );
$_SERVER['HTTP_HOST']   = $_SERVER['HTTP_HOST'] ?? 'localhost';
$_SERVER['REQUEST_URI'] = $_SERVER['REQUEST_URI'] ?? '/';
if ( isset( $quillcrm_options['url'] ) ) {
	// The host and path a multisite network finds the site by.
	$quillcrm_url = parse_url( (string) $quillcrm_options['url'] );
	if ( ! is_array( $quillcrm_url ) || ! in_array( $quillcrm_url['scheme'] ?? '', array( 'http', 'https' ), true ) || '' === ( $quillcrm_url['host'] ?? '' ) ) {
		$quillcrm_done = true;
		fwrite( STDERR, "drain.php: --url must be the site's http:// or https:// URL, as the Bounce Handling page's cron line gives it\n" );
		exit( 1 );
	}
	$_SERVER['HTTP_HOST']   = $quillcrm_url['host'] . ( isset( $quillcrm_url['port'] ) ? ':' . $quillcrm_url['port'] : '' );
	$_SERVER['REQUEST_URI'] = $quillcrm_url['path'] ?? '/';
	$_SERVER['HTTPS']       = 'https' === $quillcrm_url['scheme'] ? 'on' : 'off';
}
require $quillcrm_wp . '/wp-load.php';

if ( ! class_exists( '\QuillCRM\Bounce\QueueWorker' ) ) {
	$quillcrm_done = true;
	fwrite( STDERR, "drain.php: the QuillCRM Bounce Handling plugin is not active on this site\n" );
	exit( 1 );
}
if ( isset( $quillcrm_url ) && is_multisite() ) {
	// A network serves a URL no site has with its main site: a run takes the
	// queue of the site its --url names, or none.
	// Compared as WordPress finds a site: the host without case, a www.
	// prefix or a default port; the path without case or end slashes.
	$quillcrm_where = static function ( array $url ): string {
		$host = (string) preg_replace( '/^www\./', '', strtolower( (string) ( $url['host'] ?? '' ) ) );
		$port = in_array( $url['port'] ?? null, array( null, 80, 443 ), true ) ? '' : ':' . $url['port'];
		return $host . $port . '/' . trim( strtolower( (string) ( $url['path'] ?? '' ) ), '/' );
	};
	if ( $quillcrm_where( (array) parse_url( site_url( '/' ) ) ) !== $quillcrm_where( $quillcrm_url ) ) {
		$quillcrm_done = true;
		fwrite( STDERR, 'drain.php: no site of this network is at ' . $quillcrm_options['url'] . ' (WordPress answers it with ' . site_url( '/' ) . "); nothing was taken from the queue: use the cron line the site's Bounce Handling page shows\n" );
		exit( 1 );
	}
}
$quillcrm_done    = true;
$quillcrm_summary = \QuillCRM\Bounce\QueueWorker::run( $quillcrm_seconds, isset( $quillcrm_options['until-empty'] ), isset( $quillcrm_options['slot'] ) ? (string) $quillcrm_options['slot'] : '1', 'cli' );
echo json_encode( $quillcrm_summary ), "\n";
exit( 'failed' === $quillcrm_summary['outcome'] ? 1 : 0 );
