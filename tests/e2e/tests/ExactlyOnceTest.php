<?php
/**
 * Exactly once: SNS redelivers (same MessageId) and SES can publish the same
 * feedback through two topics (same feedbackId); each counts once.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class ExactlyOnceTest extends E2eTestCase {

	public function testDuplicateMessageIdAnswers200AndChangesNothing(): void {
		$email    = $this->new_contact( 'dup-message' );
		$envelope = $this->notification( SesPayload::transient_bounce( $email ) );

		$first  = $this->site->deliver( $envelope );
		$second = $this->site->deliver( $envelope );

		$this->assertAnswer( 200, $first, 'bounce' );
		$this->assertSame( 200, $second['status'], 'a redelivered MessageId is acknowledged: ' . $second['body'] );
		$this->assertContactState( $email, 'subscribed', 1, 'the redelivery is not counted again' );
	}

	public function testAServerWithAStatementBasedBinaryLogStillAppliesEachDeliveryOnce(): void {
		// Such a server refuses writes under READ COMMITTED (error 1665): the
		// plugin's transaction runs again under the server's default.
		$flag = $this->site->stack['wp_dir'] . '/wp-content/e2e-statement-binlog';
		touch( $flag ); // Read by the test site's mu-plugin e2e-binlog.php.
		try {
			$email    = $this->new_contact( 'statement-binlog' );
			$envelope = $this->notification( SesPayload::transient_bounce( $email ) );

			$first  = $this->site->deliver( $envelope );
			$second = $this->site->deliver( $envelope );
		} finally {
			unlink( $flag );
		}

		$this->assertAnswer( 200, $first, 'bounce' );
		$this->assertSame( 'duplicate', $second['json']['outcome'] ?? null, $second['body'] );
		$this->assertContactState( $email, 'subscribed', 1 );
	}

	public function testAListenerEndingTheRequestWithAFatalErrorGetsA503SayingSoAndTheRetryIsADuplicate(): void {
		$email    = $this->new_contact( 'fatal-listener' );
		$envelope = $this->notification( SesPayload::permanent_bounce( $email ) );
		$flag     = $this->site->stack['wp_dir'] . '/wp-content/e2e-fatal-listener';
		touch( $flag ); // Read by the test site's mu-plugin e2e-fatal-listener.php.
		try {
			$first = $this->site->deliver( $envelope );
		} finally {
			unlink( $flag );
		}

		$this->assertAnswer( 503, $first, 'retry', 'php_fatal_error', 'not "the database is unavailable"' );
		$this->assertContactState( $email, 'bounced', 0, 'the listener ran after the commit' );
		$this->assertAnswer( 200, $this->site->deliver( $envelope ), 'duplicate', null, 'SNS\'s retry' );
	}

	public function testSameFeedbackIdThroughTwoTopicsCountsOnce(): void {
		$this->site->set_option( Site::TOPICS_OPTION, array( self::TOPIC, self::SECOND_TOPIC ) );
		$email = $this->new_contact( 'two-topics' );
		$ses   = SesPayload::transient_bounce( $email );

		$first  = $this->site->deliver( $this->notification( $ses, self::TOPIC ) );
		$second = $this->site->deliver( $this->notification( $ses, self::SECOND_TOPIC ) );

		$this->assertAnswer( 200, $first, 'bounce' );
		$this->assertSame( 200, $second['status'], 'the copy from the second (accepted) topic is acknowledged: ' . $second['body'] );
		$this->assertContactState( $email, 'subscribed', 1, 'one SES feedbackId counts once' );
	}

	public function testDifferentFeedbackIdsThroughTwoTopicsBothCount(): void {
		$this->site->set_option( Site::TOPICS_OPTION, array( self::TOPIC, self::SECOND_TOPIC ) );
		$email = $this->new_contact( 'two-feedbacks' );

		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ), self::TOPIC ) ), 'bounce' );
		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ), self::SECOND_TOPIC ) ), 'bounce' );

		$this->assertContactState( $email, 'subscribed', 2 );
	}
}
