<?php
/**
 * Sends one webhook request into the test WordPress from a PHP that does NOT
 * load the quillcrm_sns extension (the CLI, run without the extension flags),
 * to prove what a site whose PHP lacks the extension answers.
 *
 * Usage: php [flags without the extension] webhook-without-extension.php <run>/stack.json <key>
 * Prints the JSON body on stdout, then a last line "HTTP <status>".
 */
if ( PHP_SAPI !== 'cli' || $argc !== 3 ) {
	fwrite( STDERR, "usage: php webhook-without-extension.php <stack.json> <key>\n" );
	exit( 2 );
}
if ( extension_loaded( 'quillcrm_sns' ) ) {
	fwrite( STDERR, "webhook-without-extension.php: the extension is loaded; run PHP without it\n" );
	exit( 2 );
}
$stack = json_decode( (string) file_get_contents( $argv[1] ), true, 16, JSON_THROW_ON_ERROR );
$query = array(
	'quillcrm_webhook' => 'bounce',
	'provider'         => 'amazonses',
	'key'              => $argv[2],
);
$_GET                      = $query;
$_REQUEST                  = $query;
$_SERVER['REQUEST_METHOD'] = 'POST';
$_SERVER['HTTP_HOST']      = '127.0.0.1:' . $stack['http_port'];
$_SERVER['SERVER_NAME']    = '127.0.0.1';
$_SERVER['REQUEST_URI']    = '/?' . http_build_query( $query );
register_shutdown_function(
	static function () {
		echo "\nHTTP " . (int) http_response_code() . "\n";
	}
);
require $stack['wp_dir'] . '/wp-load.php';
echo "\nthe webhook did not answer\n";
