<?php
/**
 * A PHP process running the plain-PHP fallback as a WordPress site would,
 * for the fallback's own tests (FallbackTrustTest): the options it reads
 * and writes live in a JSON file, so a test can plant and inspect them.
 *
 *   php fallback-process.php <options.json> <body file> <request.json>
 *
 * The test-only trust comes as it does on a site, from php.ini directives
 * (the caller's -d flags). Env: FALLBACK_CONSTANTS and FALLBACK_INI_SET,
 * JSON objects of PHP constants to define and of ini_set() calls to make
 * before the fallback loads (for the tests that neither turns test-only
 * trust on). Prints
 * {"info": quillcrm_sns_info(), "response": quillcrm_sns_handle(...)}.
 */

declare(strict_types=1);

if ( extension_loaded( 'quillcrm_sns' ) ) {
	fwrite( STDERR, "fallback-process.php wants a PHP without the extension\n" );
	exit( 2 );
}
[ , $options_file, $body_file, $request_file ] = $argv;

foreach ( json_decode( (string) getenv( 'FALLBACK_CONSTANTS' ), true ) ?: array() as $constant => $value ) {
	define( $constant, (string) $value );
}
foreach ( json_decode( (string) getenv( 'FALLBACK_INI_SET' ), true ) ?: array() as $directive => $value ) {
	ini_set( $directive, (string) $value );
}

/** @return array<string, array{value: mixed, autoload: bool|null}> */
function fallback_test_options(): array {
	global $options_file;
	return json_decode( (string) file_get_contents( $options_file ), true ) ?: array();
}

/** WordPress's get_option(), over the JSON file. */
function get_option( string $name, $default_value = false ) {
	return fallback_test_options()[ $name ]['value'] ?? $default_value;
}

/** WordPress's update_option(), over the JSON file (the autoload flag kept). */
function update_option( string $name, $value, $autoload = null ): bool {
	global $options_file;
	$options          = fallback_test_options();
	$options[ $name ] = array( 'value' => $value, 'autoload' => $autoload );
	file_put_contents( $options_file, json_encode( $options ) );
	return true;
}

require dirname( __DIR__, 3 ) . '/php/polyfill/quillcrm-sns.php';

$request = json_decode( (string) file_get_contents( $request_file ), true );
echo json_encode(
	array(
		'info'     => quillcrm_sns_info(),
		'response' => quillcrm_sns_handle( (string) file_get_contents( $body_file ), $request ),
	)
);
