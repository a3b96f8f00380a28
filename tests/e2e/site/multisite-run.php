<?php
/**
 * Runs PHP code in one site of the end-to-end multisite network, as a CLI
 * request to that site's path (no HTTP): WordPress boots that site, the
 * network-activated plugin with it. The code comes on standard input; what
 * it returns is printed as JSON.
 *
 * Usage: php [the stack's -d flags] multisite-run.php <wp dir> <domain> <site path> [install] < code
 * `install`: WordPress is not installed yet (WP_INSTALLING; the network
 * installation functions are loaded).
 */
if ( PHP_SAPI !== 'cli' || $argc < 4 ) {
	fwrite( STDERR, "usage: php multisite-run.php <wp dir> <domain> <site path> [install] < code\n" );
	exit( 2 );
}
$quillcrm_install = 'install' === ( $argv[4] ?? '' );

$_SERVER['HTTP_HOST']      = $argv[2];
$_SERVER['SERVER_NAME']    = $argv[2];
$_SERVER['SERVER_PORT']    = '80';
$_SERVER['REQUEST_URI']    = $argv[3];
$_SERVER['REQUEST_METHOD'] = 'GET';
if ( $quillcrm_install ) {
	define( 'WP_INSTALLING', true );
}
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if ( is_multisite() ) {
	require_once ABSPATH . 'wp-admin/includes/ms.php';
} else {
	require_once ABSPATH . 'wp-admin/includes/network.php';
}

$quillcrm_code = (string) stream_get_contents( STDIN );
// phpcs:ignore Squiz.PHP.Eval.Discouraged -- test code from the test itself.
$quillcrm_result = ( static fn() => eval( $quillcrm_code ) )();
echo json_encode( $quillcrm_result, JSON_THROW_ON_ERROR );
