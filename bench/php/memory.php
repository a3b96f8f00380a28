<?php
/**
 * Measurement 6: resident memory over many calls in one PHP process.
 *
 *   php <extension flags> memory.php <calls> <warm-up calls>
 *
 * Alternates SignatureVersion 1 and 2 bounces, with a wrong-key and a
 * tampered-signature delivery every 100 calls so error paths run too.
 * Prints one JSON line with VmRSS (KiB) after warm-up, at every tenth, and
 * at the end, and PHP's own heap (memory_get_usage).
 */

declare(strict_types=1);

namespace QuillCRM\Bench;

require __DIR__ . '/lib.php';

$calls  = (int) ( $argv[1] ?? 100000 );
$warmup = (int) ( $argv[2] ?? 10000 );
$m1     = signed_bounce( '1' );
$m2     = signed_bounce( '2' );
$bodies = array( array( $m1['body'], request( $m1['now'] ) ), array( $m2['body'], request( $m2['now'] ) ) );
$tampered = str_replace( '5.1.1', '5.1.2', $m1['body'] );
$wrong_key = request( $m1['now'], 'not-the-key' );

$run = static function ( int $i ) use ( $bodies, $tampered, $wrong_key, $m1 ): void {
	if ( 0 === $i % 100 ) {
		$a = quillcrm_sns_handle( $tampered, request( $m1['now'] ) );
		$b = quillcrm_sns_handle( $bodies[0][0], $wrong_key );
		if ( 'invalid_signature' !== $a['error'] || 'invalid_key' !== $b['error'] ) {
			fail( 'error paths: ' . json_encode( array( $a['error'], $b['error'] ) ) );
		}
	}
	[ $body, $request ] = $bodies[ $i & 1 ];
	$r = quillcrm_sns_handle( $body, $request );
	if ( 200 !== $r['status'] ) {
		fail( "call $i: " . json_encode( $r ) );
	}
};

$start_rss = rss_kib();
for ( $i = 0; $i < $warmup; $i++ ) {
	$run( $i );
}
gc_collect_cycles();
$after_warmup = rss_kib();
$heap_warm    = memory_get_usage();
$samples      = array();
$step         = max( 1, intdiv( $calls - $warmup, 10 ) );
for ( ; $i < $calls; $i++ ) {
	$run( $i );
	if ( 0 === ( $i + 1 - $warmup ) % $step ) {
		$samples[] = array( $i + 1, rss_kib() );
	}
}
gc_collect_cycles();
$end = rss_kib();
emit(
	array(
		'calls'            => $calls,
		'warmup'           => $warmup,
		'rss_start_kib'    => $start_rss,
		'rss_warm_kib'     => $after_warmup,
		'rss_end_kib'      => $end,
		'growth_kib'       => $end - $after_warmup,
		'peak_growth_kib'  => max( array_column( $samples, 1 ) ) - $after_warmup,
		'heap_growth_b'    => memory_get_usage() - $heap_warm,
		'samples'          => $samples,
	)
);
