<?php
/**
 * Measurement 3: the first quillcrm_sns_handle() call of a fresh PHP
 * process. The signed body is read from a file (signing here would add to
 * the process time being measured).
 *
 *   php <extension flags> cold.php <body.json> call     time the first call (hrtime)
 *   php <extension flags> cold.php <body.json> nocall   same process, no call (the baseline)
 *
 * Prints one JSON line.
 */

declare(strict_types=1);

$msg = json_decode( (string) file_get_contents( $argv[1] ), true, 8, JSON_THROW_ON_ERROR );
if ( 'call' !== ( $argv[2] ?? '' ) ) {
	echo json_encode( array( 'mode' => 'nocall', 'loaded' => function_exists( 'quillcrm_sns_handle' ) ) ), "\n";
	exit( 0 );
}
$request = array(
	'key'            => $msg['key'],
	'expected_key'   => $msg['key'],
	'headers'        => array( 'x-amz-sns-message-type' => 'Notification', 'x-amz-sns-topic-arn' => $msg['topic'] ),
	'allowed_topics' => array( $msg['topic'] ),
	'now'            => $msg['now'],
);
$t0 = hrtime( true );
$r  = quillcrm_sns_handle( $msg['body'], $request );
$t1 = hrtime( true );
$t2 = hrtime( true );
$r2 = quillcrm_sns_handle( $msg['body'], $request );
$t3 = hrtime( true );
if ( 200 !== $r['status'] || 200 !== $r2['status'] ) {
	fwrite( STDERR, 'cold call failed: ' . json_encode( $r ) . "\n" );
	exit( 1 );
}
echo json_encode(
	array(
		'mode'          => 'call',
		'first_us'      => ( $t1 - $t0 ) / 1e3,
		'second_us'     => ( $t3 - $t2 ) / 1e3,
		'source'        => $r['certificate_source'],
		'second_source' => $r2['certificate_source'],
	)
), "\n";
