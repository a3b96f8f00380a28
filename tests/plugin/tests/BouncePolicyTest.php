<?php
/**
 * BouncePolicy: what each SES type/subtype counts as, by default and as set.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Plugin;

use PHPUnit\Framework\TestCase;
use QuillCRM\Bounce\BouncePolicy;

final class BouncePolicyTest extends TestCase {
	private static function bounce( string $class, ?string $type, ?string $sub_type, array $stored = array() ): array {
		return BouncePolicy::effect( array( 'class' => $class ), array( 'bounce_type' => $type, 'bounce_sub_type' => $sub_type ), BouncePolicy::from_stored( $stored ) );
	}

	public function testPermanentIsHardWithItsSubtypeAsTheReason(): void {
		$this->assertSame( array( 'effect' => 'hard', 'reason' => 'Permanent/General' ), self::bounce( 'hard', 'Permanent', 'General' ) );
	}

	public function testSuppressedAndAccountSuppressionListAreHard(): void {
		$this->assertSame( 'hard', self::bounce( 'hard', 'Permanent', 'Suppressed' )['effect'] );
		$this->assertSame( 'hard', self::bounce( 'hard', 'Permanent', 'OnAccountSuppressionList' )['effect'] );
	}

	public function testTransientAndUndeterminedAreSoft(): void {
		$this->assertSame( 'soft', self::bounce( 'soft', 'Transient', 'MailboxFull' )['effect'] );
		$this->assertSame( 'soft', self::bounce( 'soft', 'Undetermined', 'Undetermined' )['effect'] );
	}

	public function testARefusedMessageIsNotCountedByDefault(): void {
		foreach ( array( 'MessageTooLarge', 'ContentRejected', 'AttachmentRejected' ) as $sub_type ) {
			$this->assertSame( 'none', self::bounce( 'soft', 'Transient', $sub_type )['effect'], $sub_type );
		}
	}

	public function testSubtypesNotInTheTableFollowTheSeedsRule(): void {
		$this->assertSame( 'hard', self::bounce( 'hard', 'Permanent', 'SomethingNew' )['effect'] );
		$this->assertSame( 'soft', self::bounce( 'soft', 'Transient', 'SomethingNew' )['effect'] );
		$this->assertSame( 'soft', self::bounce( 'soft', null, null )['effect'] );
	}

	public function testTheSitesPolicyOverridesTheDefault(): void {
		$this->assertSame( 'soft', self::bounce( 'soft', 'Transient', 'MessageTooLarge', array( 'Transient/MessageTooLarge' => 'soft' ) )['effect'] );
		$this->assertSame( 'none', self::bounce( 'hard', 'Permanent', 'General', array( 'Permanent/General' => 'none' ) )['effect'] );
	}

	public function testUnknownRowsAndValuesInTheStoredPolicyAreIgnored(): void {
		$policy = BouncePolicy::from_stored( array( 'Permanent/General' => 'delete-everything', 'Evil/Row' => 'hard' ) );

		$this->assertSame( BouncePolicy::DEFAULTS, $policy );
	}

	public function testAComplaintIsAComplaint(): void {
		$this->assertSame( array( 'effect' => 'complaint', 'reason' => null ), BouncePolicy::effect( array( 'class' => 'complaint' ), array( 'complaint_sub_type' => null ), BouncePolicy::DEFAULTS ) );
	}

	public function testAComplaintSesMadeForTheSuppressionListIsHardByDefault(): void {
		$effect = BouncePolicy::effect( array( 'class' => 'complaint' ), array( 'complaint_sub_type' => 'OnAccountSuppressionList' ), BouncePolicy::DEFAULTS );

		$this->assertSame( array( 'effect' => 'hard', 'reason' => 'Complaint/OnAccountSuppressionList' ), $effect );
	}

	public function testADeliveryIsADelivery(): void {
		$this->assertSame( 'delivery', BouncePolicy::effect( array( 'class' => 'delivery' ), array(), BouncePolicy::DEFAULTS )['effect'] );
	}
}
