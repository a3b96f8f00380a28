<?php
/**
 * Runs PHP code inside the test WordPress (CLI), for tests that need the
 * WordPress API (update_option with a serialized array, do_action, ...).
 * The code's return value is printed as JSON on stdout.
 *
 * Usage: php [same -d flags as php-fpm] wp-eval.php <run>/stack.json '<php code>'
 */
if ( PHP_SAPI !== 'cli' || $argc !== 3 ) {
	fwrite( STDERR, "usage: php wp-eval.php <stack.json> <code>\n" );
	exit( 2 );
}
$stack = json_decode( (string) file_get_contents( $argv[1] ), true, 16, JSON_THROW_ON_ERROR );
$_SERVER['HTTP_HOST']   = '127.0.0.1:' . $stack['http_port'];
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require $stack['wp_dir'] . '/wp-load.php';
$e2e_result = ( static function ( string $code ) {
	return eval( $code );
} )( $argv[2] );
echo json_encode( $e2e_result, JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION ), "\n";
